import logging

from flask_appbuilder.security.sqla.manager import SecurityManager

log = logging.getLogger(__name__)

AI_PERMISSIONS = ("can_summarize", "can_draft", "can_classify")


class PortalSecurityManager(SecurityManager):
    """Adds an 'Agent' role and maps Google OAuth users onto it."""

    def oauth_user_info(self, provider, response=None):
        if provider == "google":
            me = self.appbuilder.sm.oauth_remotes[provider].get("userinfo")
            data = me.json()
            return {
                "username": "google_" + data.get("id", ""),
                "first_name": data.get("given_name", ""),
                "last_name": data.get("family_name", ""),
                "email": data.get("email", ""),
            }
        return {}

    def create_db(self):
        super().create_db()
        role = self.find_role("Agent") or self.add_role("Agent")
        for view_name in ("TicketModelView", "KnowledgeRecordModelView", "AssistantView"):
            for perm in AI_PERMISSIONS + ("can_list", "can_show"):
                pv = self.find_permission_view_menu(perm, view_name)
                if pv and pv not in role.permissions:
                    self.add_permission_role(role, pv)
        log.info("Agent role synced")

    def can_use_ai(self, user=None):
        user = user or self.current_user
        if not user or not getattr(user, "is_authenticated", False):
            return False
        return any(r.name in ("Admin", "Agent") for r in user.roles)
