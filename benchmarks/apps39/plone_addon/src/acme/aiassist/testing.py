from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE

import acme.aiassist


class AcmeAiassistLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import plone.restapi

        self.loadZCML(package=plone.restapi)
        self.loadZCML(package=acme.aiassist)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "acme.aiassist:default")


ACME_AIASSIST_FIXTURE = AcmeAiassistLayer()

ACME_AIASSIST_INTEGRATION_TESTING = IntegrationTesting(
    bases=(ACME_AIASSIST_FIXTURE,), name="AcmeAiassistLayer:IntegrationTesting"
)

ACME_AIASSIST_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(ACME_AIASSIST_FIXTURE, WSGI_SERVER_FIXTURE),
    name="AcmeAiassistLayer:FunctionalTesting",
)
