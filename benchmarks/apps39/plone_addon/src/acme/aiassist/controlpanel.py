"""Control panel: provider credentials and feature switches."""
from acme.aiassist import _
from acme.aiassist.interfaces import IAcmeAiassistLayer
from acme.aiassist.interfaces import IAIAssistSettings
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.utilities import reset_all
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.z3cform import layout
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button
from zope.component import adapter
from zope.component import getUtility
from zope.interface import Interface


class AIAssistSettingsForm(RegistryEditForm):
    schema = IAIAssistSettings
    schema_prefix = None
    label = _("AI assistant settings")
    description = _("API keys and models used by the AI features.")

    @button.buttonAndHandler(_("Save"), name="save")
    def handleSave(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        self.applyChanges(data)
        # credentials may have changed: drop the cached SDK clients
        reset_all()
        IStatusMessage(self.request).addStatusMessage(_("Changes saved."), "info")
        self.request.response.redirect(self.request.getURL())

    @button.buttonAndHandler(_("Cancel"), name="cancel")
    def handleCancel(self, action):
        super().handleCancel(self, action)

    @button.buttonAndHandler(_("Test connection"), name="test")
    def handleTest(self, action):
        data, errors = self.extractData()
        name = data.get("default_provider") or "openai"
        provider = getUtility(IAIClientProvider, name=name)
        messages = IStatusMessage(self.request)
        try:
            if name == "openai":
                count = len(list(provider.client.models.list()))
            elif name == "anthropic":
                count = len(provider.client.models.list(limit=20).data)
            else:
                count = 1
        except Exception as exc:
            messages.addStatusMessage(
                _("Connection failed: ${error}", mapping={"error": str(exc)}),
                "error",
            )
            return
        messages.addStatusMessage(
            _("Connection OK (${count} models visible).", mapping={"count": count}),
            "info",
        )


AIAssistControlPanelView = layout.wrap_form(
    AIAssistSettingsForm, ControlPanelFormWrapper
)


@adapter(Interface, IAcmeAiassistLayer)
class AIAssistControlPanel(RegistryConfigletPanel):
    """Volto / plone.restapi control panel."""

    schema = IAIAssistSettings
    schema_prefix = None
    configlet_id = "aiassist-controlpanel"
    configlet_category_id = "Products"
    title = _("AI assistant settings")
    group = "Products"


class UsageView(BrowserView):
    """@@aiassist-usage: monthly token usage and estimated cost."""

    def __call__(self):
        from acme.aiassist.costs import flush_usage_to_site
        from acme.aiassist.costs import format_cost
        from acme.aiassist.costs import monthly_report
        from datetime import date

        flush_usage_to_site()
        month = self.request.form.get("month") or date.today().strftime("%Y-%m")
        report = monthly_report(month)
        self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
        lines = ["AI usage for %s" % month, ""]
        for row in report["rows"]:
            lines.append(
                "{provider:<11} {model:<32} {feature:<24} {calls:>5} {cost}".format(
                    cost=format_cost(row["cost"]), **row
                )
            )
        lines.append("")
        lines.append("Total: %s" % format_cost(report["total"]))
        return "\n".join(lines)
