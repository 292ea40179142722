from cms.cms_toolbars import ADMIN_MENU_IDENTIFIER
from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from cms.utils.urlutils import admin_reverse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.models import PromptPreset


@toolbar_pool.register
class AIToolsToolbar(CMSToolbar):
    supported_apps = None  # every page

    def populate(self):
        if not self.request.user.has_perm("ai.view_aiusagelog"):
            return
        page = self.request.current_page
        menu = self.toolbar.get_or_create_menu("ai-tools", _("AI tools"))
        if page:
            menu.add_ajax_item(
                _("Regenerate meta description"),
                action=reverse("ai_tools:seo", args=[page.pk]),
                data={"language": self.current_lang},
                on_success=self.toolbar.REFRESH_PAGE,
            )
            menu.add_modal_item(_("Suggest titles"), url=reverse("ai_tools:titles", args=[page.pk]))
            menu.add_modal_item(_("Translate page…"), url=reverse("ai_tools:translate", args=[page.pk]))
            menu.add_break("ai-presets")
        presets = PromptPreset.objects.filter(active=True)[:10]
        if presets:
            sub = menu.get_or_create_menu("ai-presets-menu", _("Prompt presets"))
            for preset in presets:
                sub.add_modal_item(preset.name, url=reverse("ai_tools:preset", args=[preset.pk]))
        menu.add_break("ai-admin")
        menu.add_sideframe_item(_("Usage & cost"), url=admin_reverse("ai_aiusagelog_changelist"))

        admin_menu = self.toolbar.get_or_create_menu(ADMIN_MENU_IDENTIFIER)
        admin_menu.add_sideframe_item(_("Translation jobs"), url=admin_reverse("ai_translationjob_changelist"))
