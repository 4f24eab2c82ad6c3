package org.nianbao.web;

import org.nianbao.web.view.ErrorView;

/** A friendly HTML page for an error ({@code error.jte}), with what went wrong and a way back. */
final class ErrorPage {

  private ErrorPage() {}

  static String render(int status, String message) {
    String title =
        switch (status) {
          case 400 -> "请求参数有误";
          case 404 -> "找不到这个页面";
          case 405 -> "不支持这种请求方式";
          case 500 -> "服务器出错了";
          default -> "请求未能完成";
        };
    String advice =
        switch (status) {
          case 400 -> "请检查地址中的参数，或回到首页重新搜索。";
          case 404 -> "报告可能已从索引中移除，或者地址有误。";
          case 500 -> "这是服务器的问题，已记录在日志中。请稍后再试。";
          default -> "请回到首页重新搜索。";
        };
    String shown = message == null || message.isBlank() ? null : message;
    return Templates.render(
        "error.jte",
        new ErrorView(
            Layout.shell(title + " · 年报检索", (String) null), status, title, shown, advice));
  }
}
