"""Coverage & regulatory research for adjusters."""
import logging
from typing import Any, Dict, List

from nameko.rpc import rpc

from common import get_perplexity_client
from common.async_bridge import run_sync
from common.dependencies import TrackedLLM
from common.multi_model_service import TaskComplexity
from common.prompts import COVERAGE_RESEARCH
from services.research_client import PerplexityProvider

log = logging.getLogger(__name__)

STATE_DOI_DOMAINS = {
    "CA": ["insurance.ca.gov", "leginfo.legislature.ca.gov"],
    "TX": ["tdi.texas.gov", "statutes.capitol.texas.gov"],
    "FL": ["floir.com", "myfloridacfo.com"],
    "NY": ["dfs.ny.gov"],
}


class PolicyResearchService:
    name = "policy_research"

    research = PerplexityProvider()
    tracked = TrackedLLM()

    @rpc
    def regulatory_requirements(self, state: str, topic: str) -> Dict[str, Any]:
        question = COVERAGE_RESEARCH.format(state=state, topic=topic)
        answer = self.research.ask(question, recency="year", domains=STATE_DOI_DOMAINS.get(state.upper()))
        return {"answer": answer.answer, "citations": answer.citations, "model": answer.model}

    @rpc
    def quick_lookup(self, question: str) -> str:
        # TODO(mk): move to self.research once the sonar (non-pro) model is configurable there
        response = get_perplexity_client().chat.completions.create(
            model="sonar",
            messages=[{"role": "user", "content": question}],
            max_tokens=300,
        )
        return response.choices[0].message.content

    @rpc
    def compare_policy_wording(self, clause_a: str, clause_b: str) -> str:
        prompt = (
            "Compare these two policy clauses and list material differences in coverage.\n\n"
            "Clause A:\n%s\n\nClause B:\n%s" % (clause_a, clause_b)
        )
        return run_sync(
            self.tracked.generate_response(
                prompt=prompt,
                task_type="policy_comparison",
                complexity=TaskComplexity.MODERATE,
            )
        )

    @rpc
    def batch_requirements(self, state: str, topics: List[str]) -> List[Dict[str, Any]]:
        return [self.regulatory_requirements(state, topic) for topic in topics]
