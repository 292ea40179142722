from qa_agent.reporting.costs import calculate_cost, estimate_run


def test_calculate_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 1_000_000) == 0.75


def test_unknown_model_is_free():
    assert calculate_cost("mystery", 10, 10) == 0.0


def test_estimate_run_adds_image_tokens():
    est = estimate_run(steps=2, avg_prompt_tokens=100)
    assert est.input_tokens == 370
    assert est.usd > 0


def test_report_builder_create_makes_dir(tmp_path):
    from qa_agent.reporting.report import Report, ReportBuilder

    builder = ReportBuilder.create(tmp_path / "out")
    path = builder.render(Report(title="smoke"))
    assert path.exists()
    assert "smoke" in path.read_text()
