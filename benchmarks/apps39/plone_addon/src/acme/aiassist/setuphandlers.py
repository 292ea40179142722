from acme.aiassist import logger
from acme.aiassist.settings import get_setting
from openai import OpenAI
from Products.CMFPlone.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["acme.aiassist:uninstall"]

    def getNonInstallableProducts(self):
        return ["acme.aiassist.legacy_http"]


def post_install(context):
    """Post install script."""
    key = get_setting("openai_api_key")
    if key:
        # only validates the key format locally, no request is made here
        client = OpenAI(api_key=key)
        logger.info("OpenAI client configured for %s", client.base_url)
    else:
        logger.warning("acme.aiassist installed without an OpenAI key")


def uninstall(context):
    """Uninstall script."""
