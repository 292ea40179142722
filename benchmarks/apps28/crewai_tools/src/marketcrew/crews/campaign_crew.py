"""Campaign planning crew: research -> strategy -> channel plan.

Agents/tasks are declared in Python (the YAML config was removed in 0.7 because prompt
changes kept getting lost in review).
"""

from __future__ import annotations

import logging
from typing import Any, List

from crewai import Agent, Crew, Process, Task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai.project import CrewBase, after_kickoff, agent, before_kickoff, crew, task
from google.genai import types

from marketcrew.clients import get_anthropic, get_genai
from marketcrew.config import settings
from marketcrew.models import CampaignPlan, ResearchBrief
from marketcrew.services.notifier import SlackNotifier
from marketcrew.tools import AudienceSearchTool, SeoResearchTool, TrendScoutTool, character_counter

logger = logging.getLogger(__name__)

BRIEF_CHAR_LIMIT = 4000


@CrewBase
class CampaignCrew:
    """Plans a campaign from a raw marketing brief."""

    agents: List[BaseAgent]
    tasks: List[Task]

    def __init__(self, campaign_id: str | None = None, notify: bool = True) -> None:
        self.campaign_id = campaign_id
        self.notify = notify

    @before_kickoff
    def condense_brief(self, inputs: dict[str, Any]) -> dict[str, Any]:
        """Briefs pasted from decks can be huge; condense them before every agent re-reads them."""
        brief = inputs.get("brief", "")
        if len(brief) > BRIEF_CHAR_LIMIT:
            logger.info("condensing %d-char brief", len(brief))
            resp = get_anthropic().messages.create(
                model=settings.brand_voice_model,
                max_tokens=800,
                system="Condense marketing briefs. Keep every number, date, constraint and product name.",
                messages=[{"role": "user", "content": brief}],
            )
            inputs["brief"] = resp.content[0].text
            inputs["brief_condensed"] = True
        inputs.setdefault("market", "US")
        return inputs

    @after_kickoff
    def announce(self, output: Any) -> Any:
        if not self.notify:
            return output
        summary = get_genai().models.generate_content(
            model=settings.research_model,
            contents=f"Summarise this campaign plan in 3 Slack-friendly bullet points:\n\n{output.raw}",
            config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=300),
        )
        SlackNotifier().campaign_ready(self.campaign_id or "adhoc", summary.text or "")
        return output

    @agent
    def market_researcher(self) -> Agent:
        return Agent(
            role="Market Researcher",
            goal="Find the keywords, competitor angles and live conversations relevant to {product}",
            backstory=(
                "Ten years in growth marketing research. You distrust vanity metrics and always "
                "cite where an insight came from."
            ),
            tools=[SeoResearchTool(), TrendScoutTool()],
            llm=settings.copy_model,
            max_iter=8,
            verbose=True,
        )

    @agent
    def audience_analyst(self) -> Agent:
        return Agent(
            role="Audience Analyst",
            goal="Describe the segments within {audience} and what they actually say about problems like ours",
            backstory="Former UX researcher who has run hundreds of customer interviews.",
            tools=[AudienceSearchTool()],
            llm=settings.copy_model,
            verbose=True,
        )

    @agent
    def strategist(self) -> Agent:
        return Agent(
            role="Campaign Strategist",
            goal="Turn research into a focused campaign plan with clear positioning and channel mix",
            backstory="Led launches at two B2B SaaS scale-ups. Ruthless about focus.",
            tools=[character_counter],
            llm=settings.strategist_model,
            allow_delegation=False,
            verbose=True,
        )

    @task
    def research_task(self) -> Task:
        return Task(
            description=(
                "Research the market for {product} in {market}. Brief:\n{brief}\n\n"
                "Use seo_research for keywords and competitors and trend_scout for live conversations."
            ),
            expected_output="A research brief with ranked keywords, competitor angles and sources.",
            agent=self.market_researcher(),
            output_pydantic=ResearchBrief,
        )

    @task
    def audience_task(self) -> Task:
        return Task(
            description="Using audience_search, describe 2-4 segments within {audience}, with real verbatims.",
            expected_output="Segments with pains and representative quotes.",
            agent=self.audience_analyst(),
        )

    @task
    def plan_task(self) -> Task:
        return Task(
            description=(
                "Write the campaign plan for {product}. Channels allowed: {channels}. Budget: {budget_usd} USD. "
                "Use the research and audience findings."
            ),
            expected_output="A complete CampaignPlan.",
            agent=self.strategist(),
            context=[self.research_task(), self.audience_task()],
            output_pydantic=CampaignPlan,
        )

    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.sequential,
            memory=False,
            verbose=True,
        )
