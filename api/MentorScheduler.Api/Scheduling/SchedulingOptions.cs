using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>Tenant-wide scheduling settings.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Mentoring meetings a month a mentor takes unless they set their own capacity.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 200)]
    public int DefaultMentorCapacity { get; set; } = 8;
}
