from opslib.changelog import Changelog
from opslib.git import commits_since, last_tag, merged_pr_titles, next_version


def test_next_version():
    assert next_version("v1.2.3", "minor") == "v1.3.0"
    assert next_version("1.2.3", "patch") == "v1.2.4"


def test_commits_since(git_ctx):
    assert last_tag(git_ctx) == "v1.2.3"
    commits = commits_since(git_ctx, "v1.2.3")
    assert commits[0]["author"] == "ana"
    assert merged_pr_titles(commits) == ["feat(api): add widgets (#12)"]


def test_changelog_generate():
    log = Changelog.create("v1.3.0", ["feat(api): widgets", "fix: typo", "random"])
    text = log.generate()
    assert "## Features" in text and "**api**: widgets" in text
    assert "## Other" in text
