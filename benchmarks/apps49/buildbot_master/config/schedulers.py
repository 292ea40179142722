"""Schedulers.  High-risk changes (see change_hooks/risk_hook.py) also
trigger the compile builder on every branch."""
from buildbot.plugins import schedulers, util


def _high_risk(change):
    return change.properties.getProperty("change_risk") in ("HIGH", "UNKNOWN")


def make_schedulers():
    return [
        schedulers.SingleBranchScheduler(
            name="main",
            change_filter=util.ChangeFilter(branch="main"),
            treeStableTimer=60,
            builderNames=["unit-linux", "unit-mac", "compile-linux", "opensource"],
        ),
        schedulers.AnyBranchScheduler(
            name="risky-branches",
            change_filter=util.ChangeFilter(filter_fn=_high_risk),
            treeStableTimer=30,
            builderNames=["compile-linux"],
        ),
        schedulers.Try_Userpass(
            name="try", builderNames=["try"], port=8031,
            userpass=[("dev", util.Secret("try-password"))],
        ),
        schedulers.ForceScheduler(
            name="release",
            builderNames=["release", "release-gov"],
            properties=[util.StringParameter(name="release_version", label="Version", required=True)],
        ),
        schedulers.Nightly(name="nightly", builderNames=["nightly-legacy"], hour=2, minute=15),
        schedulers.Nightly(name="nightly-report", builderNames=["nightly-report"], hour=6, minute=0),
    ]
