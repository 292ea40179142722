# -*- mode: python -*-
# twistd -ny gateway.tac
from twisted.application import service

from gateway.config import load_settings
from gateway.services.app_service import makeGatewayService

settings = load_settings()
application = service.Application("llm-gateway")
makeGatewayService(settings).setServiceParent(application)
