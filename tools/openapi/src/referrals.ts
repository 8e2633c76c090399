// What the frontend team writes against the types openapi-typescript generates from the gateway's
// merged document (generated/mscu-api.d.ts): a typed call of the referral list. `tsc --noEmit` must
// accept it; a path, parameter or field the frontend relies on that leaves the API breaks the check.
import type { components, paths } from "../generated/mscu-api";

type ListReferrals = paths["/api/v1/referrals"]["get"];
export type ReferralQuery = NonNullable<ListReferrals["parameters"]["query"]>;
export type ReferralPage = ListReferrals["responses"][200]["content"]["application/json"];
export type Referral = components["schemas"]["Referral"];
type RateLimited = ListReferrals["responses"][429]["content"]["application/problem+json"];

export class ApiProblem extends Error {
  constructor(readonly status: number, readonly code: string | undefined, readonly retryAfterSeconds?: number) {
    super(`MSCU API answered ${status}${code ? ` (${code})` : ""}`);
  }
}

export async function listReferrals(baseUrl: string, accessToken: string, query: ReferralQuery = {}): Promise<ReferralPage> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) {
      search.set(name, String(value));
    }
  }
  const response = await fetch(`${baseUrl}/api/v1/referrals?${search}`, {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/json" },
  });
  if (response.status === 429) {
    const problem = (await response.json()) as RateLimited;
    throw new ApiProblem(problem.status, problem.code, Number(response.headers.get("Retry-After") ?? "1"));
  }
  if (!response.ok) {
    const problem = (await response.json()) as components["schemas"]["Problem"];
    throw new ApiProblem(response.status, problem.code);
  }
  return (await response.json()) as ReferralPage;
}

/** Every page of the caller's referrals received in a period, oldest cursor first. */
export async function referralReferences(baseUrl: string, accessToken: string, receivedFrom: string): Promise<string[]> {
  const references: string[] = [];
  let cursor: string | undefined;
  do {
    const page: ReferralPage = await listReferrals(baseUrl, accessToken, {
      receivedFrom,
      limit: "50",
      ...(cursor ? { cursor } : {}),
    });
    for (const referral of page.items ?? []) {
      const summary: Pick<Referral, "id" | "reference" | "status"> = referral;
      references.push(`${summary.reference} ${summary.status}`);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return references;
}
