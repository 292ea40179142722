"""Monday digest email for each rep."""
from masonite.mail import Mail, Mailable
from masonite.queues import Queueable

from app.models.Lead import Lead
from app.models.User import User
from app.services.legacy.ai_helpers import claude_complete


class DigestMailable(Mailable):
    def __init__(self, user, body):
        super().__init__()
        self.user = user
        self.body = body

    def build(self):
        return (
            self.to(self.user.email)
            .subject("Your pipeline this week")
            .from_("pipeline@example.com")
            .text(self.body)
        )


class WeeklyDigestJob(Queueable):
    def handle(self):
        from wsgi import application

        mail = application.make(Mail)
        for user in User.all():
            leads = Lead.where("owner_id", user.id).where_not_in("stage", ["won", "lost"]).get()
            if not leads:
                continue
            listing = "\n".join(f"- {l.name}: {l.stage}; {l.ai_summary or ''}" for l in leads)
            body = claude_complete(
                "Write a short, upbeat weekly digest for a sales rep with these open leads:\n"
                + listing
            )
            mail.mailable(DigestMailable(user, body)).send()
