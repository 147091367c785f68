#!/usr/bin/env bash
# Reviews a pull request's policy changes, as examples/github/policy-review.yml runs it: checks the
# sources, writes the redline of every revision added, edited or deleted since the base branch as
# one Markdown comment, and posts it on the pull request, or updates the comment it posted before
# (found by its first line, <!-- codicil-redline -->).
#
# Usage: policy-review.sh [PATH ...]        (the policy paths; default: policy-src)
#
# Environment:
#   BASE_REF             what to compare with, such as origin/main (required)
#   CODICIL              the codicil executable (default: codicil on PATH)
#   REDLINE_URL          where the full redline is read, linked when the comment leaves parts out
#   COMMENT_FILE         write the comment here and post nothing (a dry run; the tests use it)
#   GITHUB_REPOSITORY, PR_NUMBER, GH_TOKEN    where gh posts the comment, and its token
#   GITHUB_STEP_SUMMARY  set by GitHub Actions: the redline also goes to the job's summary page
#
# Exit status: 0 when the sources are sound, whether or not a revision changed; 2 when
# `codicil check` or `codicil diff` reports an error; 3 when the comment cannot be posted.
set -uo pipefail

codicil=${CODICIL:-codicil}
: "${BASE_REF:?set BASE_REF to the branch the pull request merges into, such as origin/main}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! "$codicil" check "$@"; then
  echo "policy-review: codicil check found errors in the sources" >&2
  exit 2
fi

diff_args=(diff --git-base "$BASE_REF" --format md)
if [ -n "${REDLINE_URL:-}" ]; then diff_args+=(--full-redline-url "$REDLINE_URL"); fi
status=0
"$codicil" "${diff_args[@]}" -- "$@" >"$work/redline.md" || status=$?
if [ "$status" -gt 1 ]; then
  echo "policy-review: codicil diff failed (exit $status)" >&2
  exit 2
fi

# The job's summary page takes up to 1 MiB: room for the whole redline in all but rare cases.
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  "$codicil" diff --git-base "$BASE_REF" --format md --comment-limit 262144 -- "$@" >>"$GITHUB_STEP_SUMMARY" || true
fi

if [ -n "${COMMENT_FILE:-}" ]; then
  cp "$work/redline.md" "$COMMENT_FILE"
  exit 0
fi

: "${GITHUB_REPOSITORY:?set GITHUB_REPOSITORY (owner/name) or COMMENT_FILE}"
: "${PR_NUMBER:?set PR_NUMBER or COMMENT_FILE}"
comments="repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
# The comment a bot posted before, found by the marker on its first line.
ids=$(gh api --paginate "$comments" \
  --jq '.[] | select(.user.type == "Bot" and (.body | startswith("<!-- codicil-redline -->"))) | .id') || {
  echo "policy-review: cannot read the pull request's comments" >&2
  exit 3
}
existing=${ids%%$'\n'*}
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$work/redline.md" >/dev/null || exit 3
elif [ "$status" -eq 1 ]; then
  # A pull request that changes no policy gets no comment, unless one is there to bring up to date.
  gh api --method POST "$comments" -F "body=@$work/redline.md" >/dev/null || exit 3
fi
