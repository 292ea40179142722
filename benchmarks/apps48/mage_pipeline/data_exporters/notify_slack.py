import pandas as pd
from slack_sdk import WebClient

from mage_ai.data_preparation.shared.secrets import get_secret_value

if 'data_exporter' not in globals():
    from mage_ai.data_preparation.decorators import data_exporter


@data_exporter
def notify(df: pd.DataFrame, *args, **kwargs) -> None:
    urgent = df[df.get('needs_priority_bump', False) == True]  # noqa: E712
    if urgent.empty:
        return
    slack = WebClient(token=get_secret_value('slack_bot_token'))
    channel = kwargs.get('slack_channel', '#support-escalations')
    lines = [f"• <https://acme.zendesk.com/agent/tickets/{r.ticket_id}|#{r.ticket_id}> "
             f"{r.category} (sentiment {r.sentiment:+.2f}): {r.summary[:140]}"
             for r in urgent.itertuples(index=False)]
    slack.chat_postMessage(channel=channel, text='\n'.join(lines[:25]))
