Feature: Ticket intent classification

  Scenario: Obvious billing ticket
    When I classify "My invoice shows the wrong VAT number"
    Then the label is "billing"

  Scenario: Table accuracy
    When I classify every message in the table
      | message                                   | expected |
      | the app crashes when I upload a CSV       | support  |
      | can I get a quote for 200 seats           | sales    |
      | please refund last month's charge         | billing  |
      | what's your office address in Berlin      | other    |
    Then at least 75% of the table is classified correctly
