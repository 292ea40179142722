from flask import Blueprint, abort, jsonify, request

from app.extensions import db
from app.models import OnboardingChecklist
from app.services import onboarding

bp = Blueprint("onboarding", __name__)


@bp.post("/")
def start():
    data = request.get_json(force=True)
    checklist = onboarding.new_checklist(data["email"])
    db.session.add(checklist)
    db.session.commit()
    note = onboarding.welcome_note(data["name"], data["team"], data["manager"], data.get("buddy"))
    return jsonify({"id": checklist.id, "welcome": note}), 201


@bp.get("/<int:checklist_id>")
def status(checklist_id):
    checklist = db.session.get(OnboardingChecklist, checklist_id) or abort(404)
    return jsonify(onboarding.progress(checklist))


@bp.post("/<int:checklist_id>/nudge")
async def nudge(checklist_id):
    checklist = db.session.get(OnboardingChecklist, checklist_id) or abort(404)
    return jsonify({"message": await onboarding.nudge_message(checklist)})
