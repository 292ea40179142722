"""boto3 bedrock-runtime and bedrock-agent-runtime, as the AWS docs show them."""
import json

import boto3

client = boto3.client("bedrock-runtime", region_name="us-east-1")
response = client.converse(modelId="anthropic.claude-3-haiku", messages=[{"role": "user", "content": [{"text": "Hi"}]}])  # bills: bedrock
streamed = client.converse_stream(modelId="anthropic.claude-3-haiku", messages=[])  # bills: bedrock
raw = client.invoke_model(modelId="amazon.titan-embed-text-v2:0", body=json.dumps({"inputText": "hi"}))  # bills: bedrock

agent_runtime = boto3.client("bedrock-agent-runtime")
answer = agent_runtime.retrieve_and_generate(input={"text": "What is Bedrock?"}, retrieveAndGenerateConfiguration={})  # bills: bedrock
agent = agent_runtime.invoke_agent(agentId="A", agentAliasId="B", sessionId="s", inputText="hi")  # bills: bedrock
ranked = agent_runtime.rerank(queries=[{"type": "TEXT", "textQuery": {"text": "q"}}], sources=[], rerankingConfiguration={})  # bills: bedrock
