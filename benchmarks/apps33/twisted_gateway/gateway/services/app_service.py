from twisted.application import internet, service, strports
from twisted.internet import reactor
from twisted.python import log
from twisted.spread import pb
from twisted.web import server

from gateway.providers import build_default_registry
from gateway.web.app import GatewayApp
from gateway.workers.amp_worker import WorkerFactory


class ThreadPoolTuning(service.Service):
    """Bumps the reactor threadpool; every blocking SDK call goes there."""

    def __init__(self, size):
        self.size = size

    def startService(self):
        service.Service.startService(self)
        reactor.suggestThreadPoolSize(self.size)
        log.msg("threadpool size set to %d" % self.size)


class UsageFlusher(internet.TimerService):

    def __init__(self, tracker, interval=15):
        internet.TimerService.__init__(self, interval, tracker.sink.flush)


class GatewayMultiService(service.MultiService):
    """Top-level service; logs config on start and drains usage on stop."""

    def __init__(self, settings, tracker):
        service.MultiService.__init__(self)
        self.settings = settings
        self.tracker = tracker

    def startService(self):
        from gateway.config import describe, validate
        for problem in validate(self.settings):
            log.msg("config warning: %s" % problem)
        log.msg("starting gateway with %r" % (describe(self.settings),))
        service.MultiService.startService(self)

    def stopService(self):
        d = service.MultiService.stopService(self)

        def _drain(_):
            return self.tracker.sink.flush()
        d.addCallback(_drain)
        return d


def makeGatewayService(settings):
    from gateway.services.llm_usage_tracker import llm_tracker

    top = GatewayMultiService(settings, llm_tracker)
    ThreadPoolTuning(settings.thread_pool_size).setServiceParent(top)
    UsageFlusher(llm_tracker).setServiceParent(top)

    registry = build_default_registry()
    web_app = GatewayApp(settings, registry)
    site = server.Site(web_app.app.resource())
    strports.service("tcp:%d" % settings.http_port, site).setServiceParent(top)

    strports.service("tcp:%d" % settings.amp_port,
                     WorkerFactory(registry)).setServiceParent(top)

    if settings.feature_flags.get("pb_legacy"):
        from gateway.workers.pb_worker import LegacyCompletionRoot
        factory = pb.PBServerFactory(LegacyCompletionRoot(registry.get("openai")))
        strports.service("tcp:%d" % settings.pb_port, factory).setServiceParent(top)
    return top
