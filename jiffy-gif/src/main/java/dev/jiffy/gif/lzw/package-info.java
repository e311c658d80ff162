/** GIF-flavoured variable-length LZW on primitive arrays. Internal to jiffy-gif: not API. */
package dev.jiffy.gif.lzw;
