using System.ComponentModel.DataAnnotations;

namespace MentorScheduler.Api.Agendas;

/// <summary>When agendas and reminders go out, and how often the sweep looks.</summary>
public sealed class AgendaOptions
{
    public const string Section = "Agendas";

    /// <summary>An agenda goes out once its session starts within this time.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan LeadTime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>An agenda waits for the previous meeting's notes at most this long after that meeting ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan NotesGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whatever it waits for, an agenda goes out at least this long before its session.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan LatestBefore { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The mentee is reminded to add items this long before the agenda goes out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often the hosted sweep runs.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a sweep holds a delivery before another sweep may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many outright refusals by Graph (not throttling), a delivery is marked failed and not tried again.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Whether the hosted service sweeps on its timer (the endpoint works either way).</summary>
    public bool SweepOnTimer { get; set; } = true;
}
