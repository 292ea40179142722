import subprocess


def commits_between(since, until="HEAD", repo="."):
    fmt = "%H%x1f%s%x1f%an%x1f%ad"
    out = subprocess.run(
        ["git", "-C", repo, "log", f"{since}..{until}", f"--pretty=format:{fmt}", "--no-merges"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    commits = []
    for line in out.splitlines():
        sha, subject, author, date = line.split("\x1f")
        commits.append({"sha": sha, "subject": subject, "author": author, "date": date})
    return commits


def latest_tag(repo="."):
    return subprocess.run(
        ["git", "-C", repo, "describe", "--tags", "--abbrev=0"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def is_chore(subject):
    s = subject.lower()
    return s.startswith(("chore", "ci", "build", "test", "docs:")) or "bump version" in s
