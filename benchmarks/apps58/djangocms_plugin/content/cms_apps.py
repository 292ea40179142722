from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool
from django.utils.translation import gettext_lazy as _


@apphook_pool.register
class AIAssistantApphook(CMSApp):
    app_name = "ai_assistant"
    name = _("AI assistant (visitor Q&A)")

    def get_urls(self, page=None, language=None, **kwargs):
        return ["content.assistant_urls"]
