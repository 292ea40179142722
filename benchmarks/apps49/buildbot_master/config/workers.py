"""Worker definitions.  Passwords come from the secrets provider."""
from buildbot.plugins import util, worker

LINUX_WORKERS = ["lnx-build-%02d" % i for i in range(1, 9)]
MAC_WORKERS = ["mac-build-01", "mac-build-02"]
RELEASE_WORKERS = ["gov-release-01"]


def _w(name, **kwargs):
    return worker.Worker(
        name,
        util.Secret(f"worker-{name}"),
        max_builds=kwargs.pop("max_builds", 2),
        properties={"os": "mac" if name.startswith("mac") else "linux"},
        **kwargs,
    )


def make_workers():
    workers = [_w(n) for n in LINUX_WORKERS]
    workers += [_w(n, max_builds=1) for n in MAC_WORKERS]
    workers += [_w(n, max_builds=1, keepalive_interval=300) for n in RELEASE_WORKERS]
    # docker latent workers for the try builders
    workers += [
        worker.DockerLatentWorker(
            f"try-docker-{i}",
            util.Secret("docker-worker-pass"),
            docker_host="tcp://docker-ci.internal:2375",
            image=util.Interpolate("registry.internal/ci/builder:%(prop:image_tag:-latest)s"),
            followStartupLogs=False,
            autopull=True,
        )
        for i in range(4)
    ]
    return workers
