# -*- coding: utf-8 -*-
import base64
import io
import json
import logging

from odoo import _, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import html2plaintext

from odoo.addons.ai_base.services import (
    get_anthropic_client,
    get_mistral_client,
    clients_from_env,
    registry,
    prompts,
    TaskComplexity,
)
from odoo.addons.ai_base.services.http_gateway import notify_webhook
from ..reply_engine import ReplyEngine

_logger = logging.getLogger(__name__)

PRIORITY_LABELS = {"0": "low", "1": "medium", "2": "high", "3": "urgent"}


class HelpdeskTicket(models.Model):
    _name = "helpdesk.ticket"
    _inherit = ["helpdesk.ticket", "ai.mixin"]

    ai_summary = fields.Text(string="AI Summary", readonly=True)
    ai_summary_date = fields.Datetime(readonly=True)
    ai_language = fields.Char(string="Detected language", readonly=True)
    ai_flagged = fields.Boolean(string="Flagged by moderation", readonly=True)
    ai_suggestion_ids = fields.One2many("helpdesk.reply.suggestion", "ticket_id")
    ai_triaged = fields.Boolean(default=False, copy=False)

    # ------------------------------------------------------------------
    # helpers
    # ------------------------------------------------------------------
    def _ai_thread(self):
        self.ensure_one()
        thread = [(True, html2plaintext(self.description or ""))]
        for message in self.message_ids.filtered(lambda m: m.message_type in ("email", "comment")).sorted("id"):
            is_customer = message.author_id == self.partner_id
            thread.append((is_customer, html2plaintext(message.body or "")))
        return [t for t in thread if t[1].strip()]

    def _ai_icp(self, key, default=None):
        return self.env["ir.config_parameter"].sudo().get_param(key, default)

    def _reply_engine(self):
        client = get_anthropic_client(self._ai_icp("ai_base.anthropic_api_key"))
        model = self._ai_icp("helpdesk_ai.reply_model", "claude-3-5-haiku-latest")
        return ReplyEngine(client, model=model, company=self.company_id.name)

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def action_ai_suggest_reply(self):
        self.ensure_one()
        engine = self._reply_engine()
        thread = self._ai_thread()
        if not engine.fits_context(thread):
            thread = thread[:1] + thread[-6:]
        text = engine.draft(thread, lang=self.partner_id.lang or "en_US")
        suggestion = self.env["helpdesk.reply.suggestion"].create({
            "ticket_id": self.id,
            "body": text,
            "source": "anthropic",
        })
        return suggestion.action_open()

    def action_ai_quick_answer(self):
        """One-shot answer without the streaming engine (used by the kanban button)."""
        self.ensure_one()
        client = get_anthropic_client(self._ai_icp("ai_base.anthropic_api_key"))
        response = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=400,
            system=prompts.render(prompts.HELPDESK_SYSTEM, company=self.company_id.name, lang="English"),
            messages=[{"role": "user", "content": html2plaintext(self.description or self.name)}],
        )
        body = response.content[0].text
        self.message_post(body=body, subtype_xmlid="mail.mt_note", author_id=self.env.ref("base.partner_root").id)
        return True

    def action_ai_summarize(self):
        for ticket in self:
            conversation = "\n---\n".join(body for _c, body in ticket._ai_thread())
            summary = ticket._ai_generate(
                prompts.render(prompts.HELPDESK_SUMMARY, max_words=120, conversation=conversation),
                task_type="helpdesk_summary",
                complexity=TaskComplexity.SIMPLE,
            )
            ticket.write({"ai_summary": summary, "ai_summary_date": fields.Datetime.now()})
        return True

    def _ai_classify_priority(self, client):
        self.ensure_one()
        response = client.responses.create(
            model="gpt-4o-mini",
            instructions="Classify the urgency of this support ticket. Answer with one word: low, medium, high or urgent.",
            input=html2plaintext(self.description or self.name),
            max_output_tokens=5,
        )
        label = (response.output_text or "").strip().lower()
        for key, value in PRIORITY_LABELS.items():
            if value == label:
                return key
        return self.priority

    def _ai_detect_language(self):
        self.ensure_one()
        client = get_mistral_client(self._ai_icp("ai_base.mistral_api_key"))
        result = client.chat.complete(
            model="mistral-small-latest",
            messages=[
                {"role": "system", "content": "Return only the ISO 639-1 code of the language of the user text."},
                {"role": "user", "content": (self.description and html2plaintext(self.description)[:1000]) or self.name},
            ],
            max_tokens=4,
        )
        return result.choices[0].message.content.strip().lower()[:5]

    def _ai_moderate(self, client):
        text = html2plaintext(self.description or "")
        if not text:
            return False
        result = client.moderations.create(model="omni-moderation-latest", input=text)
        return any(r.flagged for r in result.results)

    def action_transcribe_voice_attachments(self):
        """Customers can leave a voicemail through the IVR connector."""
        clients = clients_from_env(self.env)
        if "openai" not in clients:
            raise UserError(_("Configure an OpenAI key to transcribe voicemails."))
        whisper = clients["openai"]
        for ticket in self:
            audio = self.env["ir.attachment"].search([
                ("res_model", "=", "helpdesk.ticket"),
                ("res_id", "=", ticket.id),
                ("mimetype", "in", ["audio/mpeg", "audio/wav", "audio/ogg"]),
            ])
            for attachment in audio:
                buf = io.BytesIO(base64.b64decode(attachment.datas))
                buf.name = attachment.name
                transcript = whisper.audio.transcriptions.create(model="whisper-1", file=buf)
                ticket.message_post(body=_("Voicemail transcript: %s", transcript.text), subtype_xmlid="mail.mt_note")

    def action_ai_read_screenshots(self):
        """Describe error screenshots attached by the customer (Gemini vision)."""
        from google.genai import types

        icp = self.env["ir.config_parameter"].sudo()
        gemini = registry.get("google")
        model = icp.get_param("helpdesk_ai.vision_model", "gemini-2.0-flash")
        for ticket in self:
            images = self.env["ir.attachment"].search([
                ("res_model", "=", "helpdesk.ticket"),
                ("res_id", "=", ticket.id),
                ("mimetype", "in", ["image/png", "image/jpeg"]),
            ], limit=3)
            if not images:
                continue
            parts = [
                types.Part.from_bytes(data=base64.b64decode(img.datas), mime_type=img.mimetype)
                for img in images
            ]
            parts.append("These are screenshots from a customer of an Odoo ERP. "
                         "Describe any error message and the screen it appears on.")
            result = gemini.models.generate_content(model=model, contents=parts)
            ticket.message_post(body=_("Screenshot analysis: %s", result.text), subtype_xmlid="mail.mt_note")

    def action_ai_escalation_note(self):
        """Internal escalation note for level-2, generated on the EU Azure tenant."""
        self.ensure_one()
        icp = self.env["ir.config_parameter"].sudo()
        azure = registry.get("azure")
        conversation = "\n---\n".join(body for _c, body in self._ai_thread())
        completion = azure.chat.completions.create(
            model=icp.get_param("ai_base.azure_deployment", "gpt-4o-mini"),
            messages=[
                {"role": "system", "content": "Write an escalation note for a level-2 engineer: context, "
                                              "what was tried, expected vs actual behaviour, urgency."},
                {"role": "user", "content": conversation},
            ],
            max_tokens=500,
        )
        note = completion.choices[0].message.content
        self.message_post(body=note, subtype_xmlid="mail.mt_note")
        return note

    # ------------------------------------------------------------------
    # crons
    # ------------------------------------------------------------------
    @api.model
    def _cron_ai_triage(self, limit=50):
        clients = clients_from_env(self.env)
        openai_client = clients.get("openai") or clients.get("azure")
        if not openai_client:
            _logger.info("AI triage skipped: no OpenAI/Azure key")
            return
        tickets = self.search([("ai_triaged", "=", False), ("stage_id.fold", "=", False)], limit=limit)
        webhook = self._ai_icp("helpdesk_ai.triage_webhook")
        for ticket in tickets:
            vals = {"ai_triaged": True}
            try:
                vals["priority"] = ticket._ai_classify_priority(openai_client)
                vals["ai_flagged"] = ticket._ai_moderate(openai_client)
                vals["ai_language"] = ticket._ai_detect_language()
            except Exception:
                _logger.exception("triage failed for ticket %s", ticket.id)
                continue
            ticket.write(vals)
            if webhook and vals.get("priority") == "3":
                notify_webhook(webhook, "urgent_ticket", {"id": ticket.id, "name": ticket.name})
            self.env.cr.commit()  # pylint: disable=invalid-commit

    @api.model
    def _cron_summarize_stale_tickets(self, hours=24, limit=30):
        limit_date = fields.Datetime.subtract(fields.Datetime.now(), hours=hours)
        tickets = self.search([
            ("stage_id.fold", "=", False),
            "|", ("ai_summary_date", "=", False), ("ai_summary_date", "<", limit_date),
        ], limit=limit)
        tickets.action_ai_summarize()

    def _ai_export_for_finetune(self):
        """Dump closed tickets as chat JSONL (run from odoo shell for the fine-tuning export)."""
        lines = []
        for ticket in self:
            thread = ticket._ai_thread()
            messages = [{"role": "user" if c else "assistant", "content": b} for c, b in thread]
            lines.append(json.dumps({"messages": messages}))
        return "\n".join(lines)


class HelpdeskReplySuggestion(models.Model):
    _name = "helpdesk.reply.suggestion"
    _description = "AI reply suggestion"
    _order = "create_date desc"

    ticket_id = fields.Many2one("helpdesk.ticket", required=True, ondelete="cascade", index=True)
    body = fields.Html(sanitize=True)
    source = fields.Selection(
        [("anthropic", "Claude"), ("openai", "OpenAI"), ("mistral", "Mistral"), ("manual", "Manual")],
        default="manual",
    )
    state = fields.Selection([("draft", "Draft"), ("sent", "Sent"), ("discarded", "Discarded")], default="draft")
    rating = fields.Selection([("0", "Bad"), ("1", "OK"), ("2", "Good")])

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        for rec in records:
            rec.ticket_id.message_post(
                body=_("An AI reply suggestion was generated (%s).", rec.source),
                subtype_xmlid="mail.mt_note",
            )
        return records

    def action_open(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_send(self):
        for rec in self:
            rec.ticket_id.message_post(body=rec.body, message_type="comment", subtype_xmlid="mail.mt_comment")
            rec.state = "sent"

    def action_rephrase_polite(self):
        """Second opinion from Mistral, cheaper than Claude for rewording."""
        self.ensure_one()
        client = registry.get("mistral")
        res = client.chat.complete(
            model="mistral-small-latest",
            messages=[
                {"role": "system", "content": "Rewrite the text to be warmer and more polite. Keep the language."},
                {"role": "user", "content": self.body},
            ],
        )
        self.write({"body": res.choices[0].message.content, "source": "mistral"})
