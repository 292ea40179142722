"""Build factories."""
from buildbot.plugins import steps, util

from custom_steps import (
    CommitMessageLint,
    DraftReleaseNotes,
    FlakyTestTriage,
    NightlyHealthReport,
    RedactAndCheckLogs,
    SelectImpactedTests,
    SummarizeFailure,
)
from custom_steps.summarize_failure import ExplainCompileError
from legacy.openai_v0_summary import LegacySummaryStep

REPO_URL = "git@github.example.com:platform/monorepo.git"


def _checkout():
    return steps.Git(repourl=REPO_URL, mode="incremental", method="clean",
                     submodules=True, haltOnFailure=True)


def unit_factory(summary_backend="anthropic"):
    f = util.BuildFactory()
    f.addStep(_checkout())
    f.addStep(CommitMessageLint())
    f.addStep(steps.ShellCommand(name="deps", command=["make", "deps"], haltOnFailure=True))
    f.addStep(FlakyTestTriage(
        name="unit tests",
        command=["make", "test", util.Interpolate("SHARD=%(prop:shard:-all)s")],
        provider="openai",
        file_tickets=False,
        timeout=3600,
    ))
    f.addStep(SummarizeFailure(backend=summary_backend))
    return f


def compile_factory():
    f = util.BuildFactory()
    f.addStep(_checkout())
    f.addStep(steps.Compile(command=["cmake", "--build", "build", "-j", "16"], warnOnWarnings=True))
    f.addStep(ExplainCompileError(
        command=["bash", "-c", "ci/first_failing_tu.sh --json"],
        workdir="build",
    ))
    f.addStep(SummarizeFailure(backend="bedrock"))
    return f


def try_factory():
    f = util.BuildFactory()
    f.addStep(_checkout())
    f.addStep(SelectImpactedTests(command=["git", "diff", "origin/main...HEAD"]))
    f.addStep(steps.ShellCommand(
        name="impacted tests",
        command=util.Interpolate("make test SHARDS='%(prop:test_shards)s'"),
    ))
    f.addStep(SummarizeFailure(backend="openai", tracked=True))
    return f


def opensource_factory():
    f = util.BuildFactory()
    f.addStep(_checkout())
    f.addStep(steps.ShellCommand(name="tests", command=["tox", "-p", "auto"]))
    f.addStep(RedactAndCheckLogs())
    return f


def release_factory(gov=False):
    f = util.BuildFactory()
    f.addStep(_checkout())
    f.addStep(steps.ShellCommand(name="package", command=["make", "dist"], haltOnFailure=True))
    f.addStep(DraftReleaseNotes(version=util.Property("release_version"), use_bedrock=gov))
    f.addStep(steps.FileUpload(workersrc="dist/release.tar.gz",
                               masterdest=util.Interpolate("/srv/releases/%(prop:release_version)s.tar.gz")))
    f.addStep(SummarizeFailure(deep=True))
    return f


def legacy_nightly_factory():
    f = util.BuildFactory()
    f.addStep(_checkout())
    f.addStep(steps.SetPropertyFromCommand(command="make nightly 2>&1 | tail -c 12000",
                                           property="last_stdio", flunkOnFailure=True))
    f.addStep(LegacySummaryStep())
    return f


def nightly_report_factory():
    f = util.BuildFactory()
    f.addStep(NightlyHealthReport(engine="cohere"))
    return f
