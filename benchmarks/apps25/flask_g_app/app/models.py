"""SQLAlchemy models."""
from datetime import datetime, timezone

from app.extensions import db


def _now():
    return datetime.now(timezone.utc)


class Ticket(db.Model):
    __tablename__ = "tickets"

    id = db.Column(db.Integer, primary_key=True)
    requester_email = db.Column(db.String(255), nullable=False, index=True)
    subject = db.Column(db.String(300), nullable=False)
    body = db.Column(db.Text, nullable=False)
    category = db.Column(db.String(40))
    priority = db.Column(db.String(20), default="normal")
    sensitive = db.Column(db.Boolean, default=False)
    status = db.Column(db.String(20), default="open")
    draft_reply = db.Column(db.Text)
    summary = db.Column(db.Text)
    created_at = db.Column(db.DateTime(timezone=True), default=_now)

    messages = db.relationship("TicketMessage", backref="ticket", order_by="TicketMessage.id")

    @classmethod
    def create(cls, requester_email, subject, body, commit=True):
        ticket = cls(requester_email=requester_email, subject=subject, body=body)
        db.session.add(ticket)
        if commit:
            db.session.commit()
        return ticket

    def thread(self):
        return [{"author": m.author, "body": m.body} for m in self.messages]


class TicketMessage(db.Model):
    __tablename__ = "ticket_messages"

    id = db.Column(db.Integer, primary_key=True)
    ticket_id = db.Column(db.Integer, db.ForeignKey("tickets.id"), nullable=False)
    author = db.Column(db.String(255), nullable=False)
    body = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime(timezone=True), default=_now)


class Candidate(db.Model):
    __tablename__ = "candidates"

    id = db.Column(db.Integer, primary_key=True)
    ats_id = db.Column(db.String(64), unique=True)
    full_name = db.Column(db.String(255))
    email = db.Column(db.String(255))
    resume_text = db.Column(db.Text)
    parsed = db.Column(db.JSON)
    embedding = db.Column(db.JSON)
    created_at = db.Column(db.DateTime(timezone=True), default=_now)


class JobOpening(db.Model):
    __tablename__ = "job_openings"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(255), nullable=False)
    team = db.Column(db.String(120))
    description = db.Column(db.Text)
    embedding = db.Column(db.JSON)


class PolicyChunk(db.Model):
    __tablename__ = "policy_chunks"

    id = db.Column(db.Integer, primary_key=True)
    policy_id = db.Column(db.String(40), index=True)
    title = db.Column(db.String(255))
    text = db.Column(db.Text)
    embedding = db.Column(db.JSON)


class OnboardingChecklist(db.Model):
    __tablename__ = "onboarding_checklists"

    id = db.Column(db.Integer, primary_key=True)
    employee_email = db.Column(db.String(255))
    items = db.Column(db.JSON, default=list)

    def completion(self) -> float:
        """Share of checklist items done, 0..1."""
        if not self.items:
            return 0.0
        done = sum(1 for item in self.items if item.get("done"))
        return done / len(self.items)
