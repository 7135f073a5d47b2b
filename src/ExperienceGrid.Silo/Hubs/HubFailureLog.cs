using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// SignalR logs every exception of a hub method at Error, refusals included, so appsettings.json silences its
/// dispatcher's category and this logs instead: a refusal (<see cref="HubException"/>, bad arguments, no access)
/// at Debug, anything else at Error with its stack trace.
/// </summary>
public sealed partial class HubFailureLog(ILogger<HubFailureLog> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException e)
        {
            LogRefused(logger, invocationContext.Hub.GetType().Name, invocationContext.HubMethodName, e.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, invocationContext.Hub.GetType().Name, invocationContext.HubMethodName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Hub}.{Method} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string hub, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Hub}.{Method} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string hub, string method);
}
