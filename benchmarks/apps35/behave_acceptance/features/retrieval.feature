@retrieval @judge
Feature: Grounded answers from the knowledge base

  Scenario: Password reset question
    Given the knowledge base is loaded
    When I search for "how do I reset my password"
    Then the top passage is "kb-002"

  Scenario: Answer cites sources
    Given the knowledge base is loaded
    When I ask "How long do refunds take?"
    Then the answer cites a passage
    And the answer is judged grounded
