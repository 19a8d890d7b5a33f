using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>A request the calendar refuses, carrying the status, code and message Graph answers with.</summary>
public sealed class GraphRequestException : Exception
{
    public GraphRequestException() : this(StatusCodes.Status400BadRequest, "BadRequest", "The request is invalid.")
    {
    }

    public GraphRequestException(string message) : this(StatusCodes.Status400BadRequest, "BadRequest", message)
    {
    }

    public GraphRequestException(string message, Exception innerException) : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
        Code = "BadRequest";
    }

    public GraphRequestException(int status, string code, string message) : base(message)
    {
        Status = status;
        Code = code;
    }

    public int Status { get; }

    public string Code { get; }

    public static GraphRequestException ItemNotFound() =>
        new(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");

    public static GraphRequestException InvalidRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "ErrorInvalidRequest", message);

    public static GraphRequestException BadRequestBody(string message) =>
        new(StatusCodes.Status400BadRequest, "RequestBodyRead", message);

    public static GraphRequestException TimeZoneNotSupported(string? name) =>
        new(StatusCodes.Status400BadRequest, "TimeZoneNotSupportedException",
            $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{name}'.");

    public static GraphRequestException InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, "ErrorInvalidParameter", message);
}
