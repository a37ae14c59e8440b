export const id = 553;
export const ids = [553];
export const modules = {

/***/ 2553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zipMembers: () => (/* binding */ zipMembers)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);

/** Zip compression methods Inspect writes: stored, DEFLATE (older logs) and zstd (0.3.206+). */
const STORED = 0;
const DEFLATE = 8;
const ZSTD = 93;
/** Lists a zip's members from its central directory; reading one decompresses it then. */
function zipMembers(bytes) {
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd === -1 || eocd + 22 > bytes.length)
        throw new Error("not a zip archive (no end of central directory)");
    const count = bytes.readUInt16LE(eocd + 10);
    let offset = bytes.readUInt32LE(eocd + 16);
    const members = [];
    for (let i = 0; i < count; i++) {
        if (bytes.readUInt32LE(offset) !== 0x02014b50)
            throw new Error("broken zip central directory");
        const method = bytes.readUInt16LE(offset + 10);
        const compressedSize = bytes.readUInt32LE(offset + 20);
        const nameLength = bytes.readUInt16LE(offset + 28);
        const extraLength = bytes.readUInt16LE(offset + 30);
        const commentLength = bytes.readUInt16LE(offset + 32);
        const localOffset = bytes.readUInt32LE(offset + 42);
        const name = bytes.toString("utf8", offset + 46, offset + 46 + nameLength);
        if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
            throw new Error(`zip member ${name} needs ZIP64, which Inspect logs do not use`);
        members.push({
            name,
            method,
            read(maxBytes) {
                if (bytes.readUInt32LE(localOffset) !== 0x04034b50)
                    throw new Error(`broken zip entry ${name}`);
                const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
                const data = bytes.subarray(start, start + compressedSize);
                try {
                    if (method === STORED)
                        return data.length > maxBytes ? undefined : data;
                    if (method === DEFLATE)
                        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(data, { maxOutputLength: maxBytes });
                    if (method === ZSTD)
                        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.zstdDecompressSync)(data, { maxOutputLength: maxBytes });
                }
                catch (error) {
                    // zlib stops at maxOutputLength with this code, before allocating more.
                    if (error.code === "ERR_BUFFER_TOO_LARGE")
                        return undefined;
                    throw error;
                }
                throw new Error(`zip member ${name} uses compression method ${method}; only stored (0), DEFLATE (8) and zstd (93) are read`);
            },
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return members;
}
//# sourceMappingURL=zip.js.map

/***/ })

};

//# sourceMappingURL=553.index.js.map