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

    public IFileInfo GetFileInfo(string subpath) =>
        partials.TryGetValue(subpath.TrimStart('/'), out var text) ? new Partial(subpath, Encoding.UTF8.GetBytes(text)) : new NotFoundFileInfo(subpath);

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
