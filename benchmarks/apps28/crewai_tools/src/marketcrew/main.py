#!/usr/bin/env python
"""CLI entry points (``crewai run`` / ``run_crew`` etc.)."""

import sys
import warnings
from datetime import date

from marketcrew.crews import AnalyticsCrew, CampaignCrew
from marketcrew.flows.campaign_flow import kickoff as kickoff_campaign_flow
from marketcrew.flows.newsletter_flow import NewsletterFlow
from marketcrew.legacy.copy_generator import PromoTemplates
from marketcrew.legacy.raw_http import subject_line_ab

warnings.filterwarnings("ignore", category=SyntaxWarning, module="pysbd")

SAMPLE_INPUTS = {
    "brief": "Launch the new usage-based pricing tier for small agencies. Goal: 300 trials in Q3.",
    "product": "Acme Analytics Starter",
    "audience": "owners of 5-20 person digital agencies",
    "channels": "email, linkedin",
    "budget_usd": 8000,
    "market": "US",
}


def run():
    """Run the campaign crew with sample inputs."""
    try:
        result = CampaignCrew(notify=False).crew().kickoff(inputs=SAMPLE_INPUTS)
        print(result.raw)
    except Exception as e:
        raise Exception(f"An error occurred while running the crew: {e}")


def run_flow():
    state = kickoff_campaign_flow(
        SAMPLE_INPUTS["brief"], SAMPLE_INPUTS["product"], SAMPLE_INPUTS["audience"], channels=["email", "linkedin"]
    )
    print(state.model_dump_json(indent=2))


def weekly_report():
    period = date.today().strftime("%G-W%V")
    result = AnalyticsCrew().crew().kickoff(inputs={"period": period, "metrics": {}, "comments": []})
    print(result.raw)


def newsletter():
    """Cron entry point for the weekly newsletter flow (``newsletter [--audio] [--ab]``)."""
    flow = NewsletterFlow()
    flow.kickoff(inputs={"with_audio": "--audio" in sys.argv, "max_articles": 8})
    print("subject lines:", *flow.state.get("subject_lines", []), sep="\n  ")
    if "--ab" in sys.argv and flow.state.get("sections"):
        # legacy Claude subject lines for the A/B split the CRM team still runs
        print("B variants:", *subject_line_ab(flow.state["sections"][0]["title"]), sep="\n  ")
    if flow.state.get("audio_path"):
        print("audio teaser:", flow.state["audio_path"])


def promo_seed():
    """Print the classic template seed for the promo job (no LLM)."""
    print(PromoTemplates().create(SAMPLE_INPUTS["product"], SAMPLE_INPUTS["audience"]))


def train():
    try:
        CampaignCrew(notify=False).crew().train(
            n_iterations=int(sys.argv[1]), filename=sys.argv[2], inputs=SAMPLE_INPUTS
        )
    except Exception as e:
        raise Exception(f"An error occurred while training the crew: {e}")


def replay():
    try:
        CampaignCrew(notify=False).crew().replay(task_id=sys.argv[1])
    except Exception as e:
        raise Exception(f"An error occurred while replaying the crew: {e}")


def test():
    try:
        CampaignCrew(notify=False).crew().test(
            n_iterations=int(sys.argv[1]), eval_llm=sys.argv[2], inputs=SAMPLE_INPUTS
        )
    except Exception as e:
        raise Exception(f"An error occurred while testing the crew: {e}")


if __name__ == "__main__":
    run()
