# jq helpers for the report (include "stats"; with -L benchmarks/lib).

# Median of an array of numbers (nulls dropped).
def median: map(select(. != null)) | sort | if length == 0 then null
  elif length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;

# A number rounded to d decimals.
def round_to(d): if . == null then null else (. * pow(10; d) | round) / pow(10; d) end;

# "median (min–max)" of an array, d decimals; the spread only when there are several values.
def spread(d): map(select(. != null)) as $v
  | if ($v | length) == 0 then "–"
    elif ($v | length) == 1 then "\($v[0] | round_to(d))"
    else "\($v | median | round_to(d)) (\($v | min | round_to(d))–\($v | max | round_to(d)))" end;

# The measured rounds (round > 0) of one scenario, variant and kind.
# Runs marked invalid (still too many errors after a retry) are left out.
def rows($s; $v; $k): map(select(.scenario == $s and .variant == $v and .kind == $k and .round > 0 and (.invalid | not)));

# Values of a field per round, keyed by round number, for per-round ratios.
def by_round(f): map({key: (.round | tostring), value: f}) | from_entries;

# Per-round ratio a / b of two by_round objects, as an array.
def ratios($a; $b): [$a | keys[] as $r | select($b[$r] != null and $b[$r] != 0 and $a[$r] != null) | $a[$r] / $b[$r]];

# Per-round difference a - b.
def differences($a; $b): [$a | keys[] as $r | select($b[$r] != null and $a[$r] != null) | $a[$r] - $b[$r]];
