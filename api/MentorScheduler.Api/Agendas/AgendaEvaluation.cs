using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Agendas;

/// <summary>Shown at the agreed evaluation point.</summary>
public sealed record AgendaEvaluation(string Prompt);
