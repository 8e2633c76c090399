// Fills the placeholders of a request body template with fictional values, different per request, so
// that the referrals a benchmark writes do not all share identifiers (which would link them all into
// one network, and into any other test's referral that uses the same values).
//   {{PHONE}}     Ofcom's drama range, +44 7700 900000-900999
//   {{POSTCODE}}  ZZ99-style pseudo-postcodes (no real address)
//   {{VRM}}       a vehicle registration of the fictional BN series
//   {{N}}         a number unique within the run
const letters = 'ABDEFGHJLNPQRSTUWXYZ';
const pick = (s) => s[Math.floor(Math.random() * s.length)];
const digits = (n) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, '0');

export function fill(template, n) {
  return template
    .replaceAll('{{PHONE}}', () => `+447700900${digits(3)}`)
    .replaceAll('{{POSTCODE}}', () => `ZZ9${digits(1)} ${digits(1)}${pick(letters)}${pick(letters)}`)
    .replaceAll('{{VRM}}', () => `BN${digits(2)} ${pick(letters)}${pick(letters)}${pick(letters)}`)
    .replaceAll('{{N}}', String(n));
}
