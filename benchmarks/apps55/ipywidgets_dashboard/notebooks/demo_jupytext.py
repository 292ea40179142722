# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: analyst-dashboard
#     name: python3
# ---

# %% [markdown]
# # Analyst dashboard demo
# Loads the sample warehouse and opens the dashboard.

# %%
from dashboard import Dashboard, DashboardConfig

config = DashboardConfig.from_env()
config.enable_web_search = True
dash = Dashboard(config).show()

# %% [markdown]
# Quick one-off question outside the dashboard (scratch cell, please don't copy into the package).

# %%
from dashboard.llm import get_anthropic_client

claude = get_anthropic_client()
reply = claude.messages.create(
    model="claude-3-5-haiku-20241022",
    max_tokens=300,
    messages=[{"role": "user", "content": "Which chart type is best for showing churn cohorts?"}],
)
print(reply.content[0].text)

# %%
from dashboard.llm import get_mistral_client

mistral = get_mistral_client()
print([m.id for m in mistral.models.list().data][:10])
