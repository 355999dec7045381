using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace MinatoSite.Rendering;

/// <summary>
/// The theme's partials, read and checked once by <see cref="Theme.Load"/>, served from memory. Fluid asks its file provider for a partial on every
/// <c>{% render %}</c>; from disk that is a file-system call per badge and per text on every page.
/// </summary>
internal sealed class PartialsProvider(IReadOnlyDictionary<string, string> partials) : IFileProvider
{
    private static readonly DateTimeOffset Loaded = DateTimeOffset.UnixEpoch;

    // Fluid asks again on every call (to see whether the file changed): answer with the same objects each time.
    private readonly ConcurrentDictionary<string, IFileInfo> _answers = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) =>
        _answers.GetOrAdd(subpath, path => partials.TryGetValue(path.TrimStart('/'), out var text)
            ? new Partial(path, Encoding.UTF8.GetBytes(text))
            : new NotFoundFileInfo(path));

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class Partial(string name, byte[] content) : IFileInfo
    {
        public bool Exists => true;
        public long Length => content.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => Loaded;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(content, writable: false);
    }
}
