using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Agendas;

/// <summary>Who is who.</summary>
public sealed record AgendaNames(string Mentee, string Mentor);
