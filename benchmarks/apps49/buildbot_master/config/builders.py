"""Builder configs."""
from buildbot.plugins import util

from config import factories
from config.workers import LINUX_WORKERS, MAC_WORKERS, RELEASE_WORKERS

TRY_WORKERS = [f"try-docker-{i}" for i in range(4)]


def make_builders():
    return [
        util.BuilderConfig(name="unit-linux", workernames=LINUX_WORKERS,
                           factory=factories.unit_factory(), tags=["unit"]),
        util.BuilderConfig(name="unit-mac", workernames=MAC_WORKERS,
                           factory=factories.unit_factory(summary_backend="cohere"), tags=["unit"]),
        util.BuilderConfig(name="compile-linux", workernames=LINUX_WORKERS,
                           factory=factories.compile_factory(), tags=["compile"]),
        util.BuilderConfig(name="try", workernames=TRY_WORKERS,
                           factory=factories.try_factory(), tags=["try"],
                           collapseRequests=False),
        util.BuilderConfig(name="opensource", workernames=LINUX_WORKERS,
                           factory=factories.opensource_factory(), tags=["public"]),
        util.BuilderConfig(name="release", workernames=LINUX_WORKERS,
                           factory=factories.release_factory(), tags=["release"]),
        util.BuilderConfig(name="release-gov", workernames=RELEASE_WORKERS,
                           factory=factories.release_factory(gov=True), tags=["release"]),
        util.BuilderConfig(name="nightly-legacy", workernames=LINUX_WORKERS[:2],
                           factory=factories.legacy_nightly_factory(), tags=["nightly"]),
        util.BuilderConfig(name="nightly-report", workernames=LINUX_WORKERS[:1],
                           factory=factories.nightly_report_factory(), tags=["nightly"]),
    ]
