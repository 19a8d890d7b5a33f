using MentorScheduler.Api.Core;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MentorScheduler.Api.Agendas;

/// <summary>Shown at the agreed evaluation point.</summary>
public sealed record AgendaEvaluation(string Prompt);
