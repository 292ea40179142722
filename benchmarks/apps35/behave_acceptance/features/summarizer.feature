@judge
Feature: Conversation summaries for human agents

  Background:
    Given a conversation "c-1001" with the messages
      | role      | content                                                  |
      | user      | I was charged twice for my Pro plan this month            |
      | assistant | Sorry about that! I can see two charges of $49 on May 3.  |
      | user      | Can you refund one of them?                               |
      | assistant | Done - the refund goes to your card within 5-7 days.      |

  Scenario: Summary is short and faithful
    When the agent requests a summary
    Then the response is at most 80 words
    And the response mentions "refund"
    And the summary is graded at least 4 for faithfulness

  @tracked
  Scenario: Tracked summary path records usage
    Given the usage tracker is empty
    When the agent requests a tracked summary
    Then exactly 1 call was logged

  @slow
  Scenario: Direct Claude summary baseline
    When I summarize it directly with Claude
    Then the response mentions "refund"
