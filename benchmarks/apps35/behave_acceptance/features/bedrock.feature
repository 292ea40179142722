@bedrock
Feature: Claude on Bedrock for the AWS-hosted tenants

  Scenario: Converse API
    When I converse with Bedrock model "anthropic.claude-3-haiku-20240307-v1:0" saying "Say hello"
    Then Bedrock reported fewer than 50 output tokens

  Scenario: Chat session keeps history
    Given the customer says "Hi"
    And a fresh chat session on Bedrock
    When the customer chats "What plans do you offer?"
    Then the response mentions "plan"
