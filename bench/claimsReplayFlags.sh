#!/usr/bin/env bash
# Re-creates bench/claimsReplayFlags.json: which rows of each fresh round the rules flagged as they
# stood before that round's fixes (the parent of the commit that added the round), by checking the
# round out in a temporary worktree of that commit.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'for tree in "$work"/tree-*; do [ -d "$tree" ] && git worktree remove --force "$tree"; done; rm -rf "$work"' EXIT
cat > "$work/flags.ts" <<'TS'
import { writeFileSync } from "node:fs";
import { readDevSet, scoreRows } from "./test/unit/claims/devSetScore";
const [file, out] = process.argv.slice(2);
writeFileSync(out, JSON.stringify(scoreRows(readDevSet(file)).flatMap((row, index) => (row.flagged ? [index] : []))));
TS
declare -A commitOf=([36]=2a7059e [37]=d41f942 [38]=e2cd16a [39]=327891d [40]=d88fc55 [41]=9d2a7a0 [42]=1f21bf5 [43]=48eb196 [44]=c322e8c [45]=c322e8c [46]=c322e8c [47]=8527077)
entries=()
for round in $(printf '%s\n' "${!commitOf[@]}" | sort -n); do
  commit=${commitOf[$round]}
  tree="$work/tree-$commit"
  [ -d "$tree" ] || git worktree add --detach "$tree" "$commit^" >/dev/null
  cp "$work/flags.ts" "$tree/flags.ts"
  (cd "$tree" && "$OLDPWD/node_modules/.bin/esbuild" --bundle --platform=node --format=cjs --target=node20 --log-level=error flags.ts --outfile=flags.js)
  node "$tree/flags.js" "test/unit/claims/fresh/round$round.jsonl" "$work/$round.json"
  # Rounds 44-46 were fixed in one commit: all three are replayed on the rules before round 44.
  trained=$round; [ "$round" -ge 44 ] && [ "$round" -le 46 ] && trained=44
  entries+=("\"$round\":{\"rulesOf\":\"$commit^\",\"trainedOnRoundsBefore\":$trained,\"flaggedRows\":$(cat "$work/$round.json")}")
done
(IFS=,; echo "{${entries[*]}}") > bench/claimsReplayFlags.json
echo "wrote bench/claimsReplayFlags.json"
