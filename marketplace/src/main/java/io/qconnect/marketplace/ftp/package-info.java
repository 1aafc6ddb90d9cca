/**
 * The FTP drop box (Apache FtpServer, plain or explicit FTPS): each seller with an open FTP account
 * logs in with it and finds {@code item/} and {@code inventory/} in a root of their own; a file put
 * there becomes a bulk upload request and its result appears beside it as {@code
 * <name>.result.csv}. Start with {@link io.qconnect.marketplace.ftp.FtpDropBox}.
 */
package io.qconnect.marketplace.ftp;
