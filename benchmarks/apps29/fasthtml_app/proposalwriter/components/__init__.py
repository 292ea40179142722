from .layout import page, nav_bar, flash
from .proposal_cards import proposal_card, proposal_list, section_block, job_status
from .forms import new_proposal_form, section_form, image_form, login_form

__all__ = [
    "page", "nav_bar", "flash",
    "proposal_card", "proposal_list", "section_block", "job_status",
    "new_proposal_form", "section_form", "image_form", "login_form",
]
