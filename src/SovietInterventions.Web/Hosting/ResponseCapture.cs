using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Holds back a response while the pipeline writes it, so that the front cache can look at the finished
/// headers before anything is sent: the body goes to memory and the OnStarting callbacks are kept, to be run
/// by <see cref="RunStartingCallbacksAsync"/>. Past the entry limit it gives up and streams as usual.
/// The buffer is rented from the shared pool (pages are often over the large-object size, and a fresh buffer per
/// miss would pile up in the large object heap until a full collection); <see cref="Release"/> gives it back.
/// </summary>
internal sealed class ResponseCapture : Stream, IHttpResponseBodyFeature, IHttpResponseFeature
{
    readonly HttpContext context;
    readonly IHttpResponseBodyFeature innerBody;
    readonly IHttpResponseFeature innerResponse;
    readonly int limit;
    readonly List<(Func<object, Task> Callback, object State)> starting = [];
    byte[]? buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    int length;
    PipeWriter? writer;
    bool callbacksRun;

    public ResponseCapture(HttpContext context, int limit)
    {
        this.context = context;
        this.limit = limit;
        innerBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        innerResponse = context.Features.GetRequiredFeature<IHttpResponseFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(this);
        context.Features.Set<IHttpResponseFeature>(this);
    }

    /// <summary>The whole body, or null when it outgrew the limit and was streamed instead.</summary>
    public ArraySegment<byte>? Body => buffer is null ? default(ArraySegment<byte>?) : new ArraySegment<byte>(buffer, 0, length);

    /// <summary>Gives the buffer back to the pool; <see cref="Body"/> must not be used after.</summary>
    public void Release()
    {
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        buffer = null;
    }

    public void Restore()
    {
        context.Features.Set(innerBody);
        context.Features.Set(innerResponse);
    }

    /// <summary>Runs the kept callbacks last-registered first, as the server would have when the response started.</summary>
    public async Task RunStartingCallbacksAsync()
    {
        if (callbacksRun) return;
        callbacksRun = true;
        for (var i = starting.Count - 1; i >= 0; i--) await starting[i].Callback(starting[i].State);
    }

    async Task StreamFromHereOnAsync(CancellationToken cancel)
    {
        var held = buffer!;
        buffer = null;
        try
        {
            await RunStartingCallbacksAsync();
            await innerBody.StartAsync(cancel);
            await innerBody.Stream.WriteAsync(held.AsMemory(0, length), cancel);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(held);
        }
    }

    void Append(ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > buffer!.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + bytes.Length));
            buffer.AsSpan(0, length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = bigger;
        }
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    // IHttpResponseFeature: status and headers are the real ones; only "started" is ours until we stream.
    public int StatusCode { get => innerResponse.StatusCode; set => innerResponse.StatusCode = value; }
    public string? ReasonPhrase { get => innerResponse.ReasonPhrase; set => innerResponse.ReasonPhrase = value; }
    public IHeaderDictionary Headers { get => innerResponse.Headers; set => innerResponse.Headers = value; }
    [Obsolete("Use IHttpResponseBodyFeature.Stream")]
    Stream IHttpResponseFeature.Body { get => this; set => throw new NotSupportedException(); }
    public bool HasStarted => buffer is null && innerResponse.HasStarted;

    public void OnStarting(Func<object, Task> callback, object state)
    {
        if (buffer is null) innerResponse.OnStarting(callback, state);
        else starting.Add((callback, state));
    }

    public void OnCompleted(Func<object, Task> callback, object state) => innerResponse.OnCompleted(callback, state);

    // IHttpResponseBodyFeature
    Stream IHttpResponseBodyFeature.Stream => this;
    public PipeWriter Writer => writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));
    public void DisableBuffering() { }
    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        await SendFileFallback.SendFileAsync(this, path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        if (writer is not null) await writer.FlushAsync();
        if (buffer is null) await innerBody.CompleteAsync();
    }

    // Stream
    public override bool CanRead => false;
    public override bool CanSeek => buffer is not null;
    public override bool CanWrite => true;
    public override long Length => buffer is not null ? length : throw new NotSupportedException();
    public override long Position { get => Length; set => throw new NotSupportedException(); }

    // Only shortening, which is what clearing a response (the exception handler) asks for.
    public override void SetLength(long value) =>
        length = buffer is not null && value >= 0 && value <= length ? (int)value : throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override int Read(byte[] bytes, int offset, int count) => throw new NotSupportedException();
    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        buffer is null ? innerBody.Stream.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Write(byte[] bytes, int offset, int count) => WriteAsync(bytes.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] bytes, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(bytes.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        if (buffer is not null && length + bytes.Length > limit) await StreamFromHereOnAsync(cancellationToken);
        if (buffer is not null) Append(bytes.Span);
        else await innerBody.Stream.WriteAsync(bytes, cancellationToken);
    }
}
