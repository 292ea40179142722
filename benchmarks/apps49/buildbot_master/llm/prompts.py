"""Prompt templates.  Kept in one place so the reviewers can read them."""

FAILURE_SUMMARY_SYSTEM = (
    "You are a senior build engineer. You read CI logs and explain, in at most "
    "six bullet points, why the build failed. Quote the decisive error line. "
    "If the failure looks like infrastructure (OOM, network, disk), say so first."
)

FLAKY_TRIAGE_SYSTEM = (
    "You classify failing tests. Answer with a JSON object with keys "
    '"verdict" (one of "flaky", "regression", "infra", "unknown"), '
    '"confidence" (0..1) and "reason" (one sentence).'
)

RELEASE_NOTES_SYSTEM = (
    "You write release notes for an internal platform team. Group the changes "
    "under Features, Fixes and Internal. Be terse; one line per change; no "
    "marketing language. Keep ticket keys like PLAT-123 intact."
)

COMMIT_LINT_SYSTEM = (
    "You review a commit message against the team's convention: "
    "'<area>: <imperative summary>' under 72 chars, blank line, body. "
    "Reply 'OK' or a one-line suggestion."
)


def failure_summary_user(builder, step, log_text):
    return (
        f"Builder: {builder}\nFailed step: {step}\n\n"
        f"--- log tail ---\n{log_text}\n--- end ---\n"
        "Why did it fail?"
    )


def flaky_user(test_name, history, traceback_text):
    lines = "\n".join(f"- build {b}: {r}" for b, r in history)
    return (
        f"Test: {test_name}\nRecent results on main:\n{lines}\n\n"
        f"Latest traceback:\n{traceback_text}"
    )


def release_notes_user(version, changes):
    body = "\n".join(f"* {c['revision'][:10]} {c['comments'].splitlines()[0]} ({c['author']})"
                     for c in changes)
    return f"Version {version}. Changes since the previous tag:\n{body}"
