namespace MentorScheduler.Api.Agendas;

/// <summary>
/// An agenda with every part filled (items, questions, open and done action items, the evaluation prompt), so a
/// template is rendered through all its branches once before it is saved.
/// </summary>
public static class AgendaSample
{
    public static AgendaModel Model() => new(
        new AgendaRelationship("Prepare for a move into product management", ["Expand my professional network", "Understand organisational politics"],
            "weekly", 45, 8, 4),
        new AgendaSession(4, "Monday 25 January 2027, 14:00", "Europe/London", "Monday 25 January 2027, 09:00", "America/New_York",
            new DateTimeOffset(2027, 1, 25, 14, 0, 0, TimeSpan.Zero)),
        new AgendaNames("Adele Vance", "Megan Bowen"),
        [new AgendaItem("How do product managers set priorities?", "Adele Vance", "mentee")],
        [new AgendaItem("What would you like to try before next time?", "Megan Bowen", "mentor")],
        [new AgendaAction("Draft a product brief", "mentee", "Adele Vance", "Fri 22 Jan", true, null)],
        [new AgendaAction("Share the roadmap deck", "mentor", "Megan Bowen", null, false, "Wed 20 Jan")],
        new AgendaEvaluation("This is meeting 4, the evaluation point you agreed. Decide together whether to continue, amend or end."),
        [new AgendaItem("Which meetings should I ask to join?", "Adele Vance", "mentee")],
        "How did the stakeholder review go?",
        AgendaModel.Mentor);
}
