namespace MentorScheduler.Api.Agendas;

/// <summary>What a delivery sends.</summary>
public enum DeliveryKind
{
    Agenda,
    Reminder,
}
